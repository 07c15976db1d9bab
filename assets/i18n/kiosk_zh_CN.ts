<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="129"/>
        <source>Staff only</source>
        <translation>仅限工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="130"/>
        <source>Admin PIN</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="131"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="132"/>
        <source>Exit kiosk</source>
        <translation>退出自助机</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="133"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="140"/>
        <source>Too many wrong PINs. Try again in {n} s.</source>
        <translation>密码错误次数过多，请 {n} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="143"/>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="144"/>
        <source>No admin PIN is set for this station.</source>
        <translation>本机未设置管理员密码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="145"/>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
</context>
<context>
    <name>CheckOutPage</name>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="44"/>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="45"/>
        <source>Please hold the QR code on your badge to the scanner.</source>
        <translation>请将访客证上的二维码对准扫码器。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="46"/>
        <source>No badge, or it does not scan? Please ask at reception.</source>
        <translation>没有访客证或无法扫码？请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="48"/>
        <source>We do not recognise this badge. Please ask at reception.</source>
        <translation>无法识别此访客证，请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="49"/>
        <source>This badge has already been checked out.</source>
        <translation>此访客证已签退。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="50"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="53"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="145"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="164"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="166"/>
        <source> and {n} more</source>
        <translation>，另有 {n} 人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="168"/>
        <source>names given at the desk</source>
        <translation>姓名到前台登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="169"/>
        <source>{n} people</source>
        <translation>共 {n} 人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="169"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="176"/>
        <source>The front desk arranges a doctor</source>
        <translation>前台为您安排医生</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="177"/>
        <source>Reception will find your host</source>
        <translation>由前台为您联系被访人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="188"/>
        <source>Please check your details</source>
        <translation>请核对您的信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="189"/>
        <source>Your badge is printed when you confirm.</source>
        <translation>确认后将为您打印访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="190"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="190"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="190"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="191"/>
        <source>Visiting</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="191"/>
        <source>Group</source>
        <translation>同行</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="192"/>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="193"/>
        <source>Vehicle</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="193"/>
        <source>Coming from</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="194"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="194"/>
        <source>Heard of us</source>
        <translation>获悉途径</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="196"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="197"/>
        <source>I do not agree</source>
        <translation>我不同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="198"/>
        <source>Confirm and print badge</source>
        <translation>确认并打印访客证</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="200"/>
        <source>Your site pass is printed when you confirm.</source>
        <translation>确认后打印您的出入证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="201"/>
        <source>Contact</source>
        <translation>接待人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="202"/>
        <source>Confirm and print site pass</source>
        <translation>确认并打印出入证</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="204"/>
        <source>Your queue ticket is printed when you confirm.</source>
        <translation>确认后打印您的排队号。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="205"/>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="206"/>
        <source>Confirm and print ticket</source>
        <translation>确认并打印排队号</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../kiosk/pages/details.py" line="127"/>
        <source>Everyone in your group gets a badge.</source>
        <translation>每位同行人员都会拿到一张访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="128"/>
        <source>Just you? Then leave it at 1.</source>
        <translation>只有您一人？保持 1 即可。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="133"/>
        <source>About your visit</source>
        <translation>来访信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="134"/>
        <source>A few more details, then you are done.</source>
        <translation>再填几项就好。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="135"/>
        <source>How many people, including you?</source>
        <translation>来访人数（含您本人）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="136"/>
        <source>Purpose of your visit (optional)</source>
        <translation>来访事由（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="137"/>
        <source>e.g. meeting, interview, delivery</source>
        <translation>例如：会议、面试、送货</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="138"/>
        <source>Vehicle plate (optional)</source>
        <translation>车牌号（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="139"/>
        <source>e.g. 粤B12345</source>
        <translation>例如：粤B12345</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="140"/>
        <source>Coming from (city or region, optional)</source>
        <translation>来自（城市或地区，选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="141"/>
        <source>e.g. Shenzhen</source>
        <translation>例如：深圳</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="142"/>
        <source>ID card number (optional)</source>
        <translation>身份证号（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="143"/>
        <source>18 digits; the last may be X</source>
        <translation>18 位，末位可能是 X</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="144"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="145"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/pages/done.py" line="66"/>
        <source>Please collect your site pass at the front desk.</source>
        <translation>请到前台领取您的出入证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="67"/>
        <source>Please take your site pass.</source>
        <translation>请取走您的出入证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="69"/>
        <source>Please collect your badges at the front desk.</source>
        <translation>请到前台领取访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="70"/>
        <source>Please collect your badge at the front desk.</source>
        <translation>请到前台领取您的访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="72"/>
        <source>Please take your badge.</source>
        <translation>请取走您的访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="72"/>
        <source>Please take your badges.</source>
        <translation>请取走所有访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="74"/>
        <source>Please wait at reception; we will find your contact for you.</source>
        <translation>请在接待处稍候，我们会为您联系接待人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="76"/>
        <source>Your contact has been told; please wait at the gate.</source>
        <translation>已通知您的接待人，请在门岗稍候。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="78"/>
        <source>Please wait at reception; we will find your host for you.</source>
        <translation>请在前台稍候，我们会为您联系被访人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="79"/>
        <source>Your host has been notified; please take a seat.</source>
        <translation>已通知您要拜访的人，请稍坐等候。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="80"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="84"/>
        <source>Please collect your queue ticket at the front desk.</source>
        <translation>请到前台领取您的排队号。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="85"/>
        <source>Please take your queue ticket.</source>
        <translation>请取走您的排队号。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="86"/>
        <source>Please take a seat; the screen will call your number.</source>
        <translation>请您稍坐，候诊屏会叫您的号。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="88"/>
        <source>The front desk has been told and will arrange a doctor for you right away.</source>
        <translation>前台已收到通知，马上为您安排医生。</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="159"/>
        <source>Sorry, something went wrong. Please go to the front desk now.</source>
        <translation>抱歉，出了点问题。请立即到前台。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="163"/>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="164"/>
        <source>What happened? (optional)</source>
        <translation>发生了什么？（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="167"/>
        <source>Emergency</source>
        <translation>急诊</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="168"/>
        <source>The doctor and the front desk are told the moment you press the button.</source>
        <translation>按下按钮，医生和前台会立即收到通知。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="169"/>
        <source>An injury</source>
        <translation>外伤</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="170"/>
        <source>Other urgent pain</source>
        <translation>其他急性疼痛</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="171"/>
        <source>Patient&apos;s name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="172"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="173"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="174"/>
        <source>e.g. broke a front tooth</source>
        <translation>例如：门牙磕断</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="175"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/emergency.py" line="176"/>
        <source>Get help now</source>
        <translation>立即求助</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../kiosk/pages/feedback.py" line="105"/>
        <source>You are checked out. Thank you for visiting!</source>
        <translation>您已签退，感谢您的来访！</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/feedback.py" line="106"/>
        <source>Thank you for your feedback!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/feedback.py" line="107"/>
        <source>How was your visit? Touch a star.</source>
        <translation>您对本次来访满意吗？请点选星级。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/feedback.py" line="108"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../kiosk/pages/group.py" line="127"/>
        <source>Who is with you?</source>
        <translation>同行人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="128"/>
        <source>Type each person&apos;s name, so that everyone gets a badge.</source>
        <translation>请填写每位同行人员的姓名，以便为每人打印访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="130"/>
        <source>Person %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="131"/>
        <source>Full name</source>
        <translation>请输入姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="132"/>
        <source>Or give the names at the desk:</source>
        <translation>或到前台登记姓名：</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="133"/>
        <source>Names at the desk</source>
        <translation>到前台登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="134"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="135"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../kiosk/idle_warning.py" line="91"/>
        <source>Starting again in 1 second.</source>
        <translation>1 秒后返回首页。</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_warning.py" line="92"/>
        <source>Starting again in {n} seconds.</source>
        <translation>{n} 秒后返回首页。</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_warning.py" line="106"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_warning.py" line="107"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="110"/>
        <source>Visiting %1</source>
        <translation>拜访 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="110"/>
        <source>Dr %1</source>
        <translation>%1 医生</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="154"/>
        <source>No appointment today for this number. Please ask at the front desk.</source>
        <translation>此号码今天没有预约，请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="156"/>
        <source>No appointment today for this number. You can register as a walk-in.</source>
        <translation>此号码今天没有预约。您可以登记为临时访客。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="160"/>
        <source>Touch your name.</source>
        <translation>请点选您的姓名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="165"/>
        <source>Your invitation</source>
        <translation>您的邀请</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="166"/>
        <source>Type its code, or find it by your mobile number.</source>
        <translation>请输入邀请码，或用手机号查找。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="167"/>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="168"/>
        <source>8 letters and digits</source>
        <translation>8 位字母和数字</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="169"/>
        <location filename="../../kiosk/pages/invitation.py" line="174"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="170"/>
        <source>The code is in the message with your invitation.</source>
        <translation>邀请码在您收到的邀请消息里。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="171"/>
        <source>Or simply hold its QR code to the scanner.</source>
        <translation>也可以直接将邀请二维码对准扫码器。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="172"/>
        <source>No code? Your mobile number</source>
        <translation>没有邀请码？请输入手机号</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="173"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="175"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="176"/>
        <source>I don&apos;t have an appointment</source>
        <translation>我没有预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="178"/>
        <source>Your appointment</source>
        <translation>您的预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="179"/>
        <source>Find it by your mobile number, or type its code.</source>
        <translation>用手机号查找，或输入预约码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="180"/>
        <source>Appointment code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="181"/>
        <source>The code is in the message confirming your appointment.</source>
        <translation>预约码在预约确认短信中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="182"/>
        <source>Your mobile number</source>
        <translation>您的手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="183"/>
        <source>This is my first visit</source>
        <translation>我是初诊</translation>
    </message>
</context>
<context>
    <name>InvitationProblemPage</name>
    <message>
        <location filename="../../kiosk/pages/invitation_problem.py" line="38"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation_problem.py" line="39"/>
        <source>You can register as a walk-in visitor instead; reception can help too.</source>
        <translation>您可以改为临时访客登记，也可以到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation_problem.py" line="40"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation_problem.py" line="41"/>
        <source>Register as a walk-in</source>
        <translation>临时访客登记</translation>
    </message>
</context>
<context>
    <name>IsThisYouPage</name>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="138"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="146"/>
        <source>Reception will find your host</source>
        <translation>由前台为您联系被访人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="149"/>
        <source>Is this you?</source>
        <translation>是您本人吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="150"/>
        <source>Check the name, then confirm with one touch.</source>
        <translation>请核对姓名，点一下即可签到。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="151"/>
        <source>Visiting</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="152"/>
        <source>No, that&apos;s not me</source>
        <translation>不是我</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="153"/>
        <source>I do not agree</source>
        <translation>我不同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="154"/>
        <source>Yes, check me in</source>
        <translation>是我，签到</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="156"/>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="157"/>
        <source>Yes, print my queue ticket</source>
        <translation>是我，打印排队号</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="158"/>
        <source>Please type your full name to confirm</source>
        <translation>请输入您的完整姓名以确认</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="159"/>
        <source>As on your invitation</source>
        <translation>与预约时登记的姓名一致</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="164"/>
        <source>A photo for your badge</source>
        <translation>为您的访客证拍照</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="165"/>
        <source>So that reception and your host recognise you.</source>
        <translation>方便前台和被访人认出您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="166"/>
        <source>Look at the camera and keep your face inside the oval.</source>
        <translation>请看向摄像头，将面部保持在椭圆框内。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="168"/>
        <source>I agree to a photo of me for my badge. It is kept with my visit for {days} days, then deleted.</source>
        <translation>我同意为访客证拍摄照片。照片随本次来访保存 {days} 天，之后删除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="170"/>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="171"/>
        <source>Retake</source>
        <translation>重拍</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="172"/>
        <source>Use this photo</source>
        <translation>使用这张照片</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="173"/>
        <source>No photo</source>
        <translation>不拍照</translation>
    </message>
</context>
<context>
    <name>PrivacyConsent</name>
    <message>
        <location filename="../../kiosk/privacy.py" line="105"/>
        <source>Your privacy</source>
        <translation>隐私说明</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="106"/>
        <source>We keep {items}.</source>
        <translation>我们会保存您的{items}。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="108"/>
        <source>For 1 day, then we delete it.</source>
        <translation>保存 1 天，之后删除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="109"/>
        <source>For {days} days, then we delete it.</source>
        <translation>保存 {days} 天，之后删除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="110"/>
        <source>Why: to register you, and to tell your doctor you are here.</source>
        <translation>用途：为您挂号，并通知您的医生您已到达。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="111"/>
        <source>Why: for the site&apos;s security, and to tell your host you are here.</source>
        <translation>用途：保障场所安全，并通知被访人您已到达。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="112"/>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="113"/>
        <source>I agree that my ID number is kept</source>
        <translation>我同意保存我的身份证号</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="121"/>
        <source>your name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="122"/>
        <source>mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="123"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="124"/>
        <source>your doctor</source>
        <translation>您的医生</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="128"/>
        <source>vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="131"/>
        <source>how you heard of us</source>
        <translation>获悉途径</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="132"/>
        <source>what happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="134"/>
        <source>the address on your ID card</source>
        <translation>您身份证上的住址</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="135"/>
        <source>the ethnic group on your ID card</source>
        <translation>您身份证上的民族</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="124"/>
        <source>whom you visit</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="125"/>
        <source>the times you arrive and leave</source>
        <translation>到访及离开时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="126"/>
        <source>the purpose of your visit</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="127"/>
        <source>the purpose of your visit, if your host gave one</source>
        <translation>来访事由（如被访人已填写）</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="129"/>
        <source>where you come from</source>
        <translation>来访地区</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="130"/>
        <source>the names of the people with you</source>
        <translation>同行人员的姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="133"/>
        <source>your ID number (only with the separate consent below)</source>
        <translation>身份证号（须您在下方另行同意）</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="95"/>
        <source>How did you hear of us?</source>
        <translation>您是如何知道我们的？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="96"/>
        <source>Your first visit: one touch, and we know whom to thank.</source>
        <translation>初诊：点一下即可，我们好知道该感谢谁。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="97"/>
        <source>Family or friends</source>
        <translation>亲友介绍</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="97"/>
        <source>Internet search</source>
        <translation>网络搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="98"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="98"/>
        <source>Passing by</source>
        <translation>路过看到</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="99"/>
        <source>Advertisement</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="99"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="101"/>
        <source>Please tell us where</source>
        <translation>请告诉我们具体途径</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="102"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/referral.py" line="103"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>SeeReceptionPage</name>
    <message>
        <location filename="../../kiosk/pages/see_reception.py" line="27"/>
        <source>Please see reception</source>
        <translation>请到前台办理</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/see_reception.py" line="28"/>
        <source>Nothing has been saved. Our reception staff will be glad to help you.</source>
        <translation>您的信息没有被保存。前台工作人员很乐意为您服务。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/see_reception.py" line="29"/>
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="90"/>
        <source>Thank you. Your badge is being prepared…</source>
        <translation>谢谢。正在为您准备访客证…</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="111"/>
        <source>Sign in the box below with your finger.</source>
        <translation>请用手指在下方框内签名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="112"/>
        <source>Please read to the end: the box to sign in opens there.</source>
        <translation>请阅读至文末，读完后即可在下方签名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="124"/>
        <source>Signing: {who}</source>
        <translation>签署人：{who}</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="125"/>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="126"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="127"/>
        <source>I do not agree</source>
        <translation>我不同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="128"/>
        <source>I agree and sign</source>
        <translation>同意并签名</translation>
    </message>
</context>
<context>
    <name>WaitPage</name>
    <message>
        <location filename="../../kiosk/pages/wait.py" line="55"/>
        <source>For everyone&apos;s security the kiosk pauses after several unsuccessful tries. Reception can help you straight away.</source>
        <translation>为了大家的安全，多次尝试未成功后自助机会暂停一会儿。前台工作人员可以立即为您办理。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/wait.py" line="57"/>
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>WalkInPage</name>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="203"/>
        <source>Touch the name of the person you are visiting.</source>
        <translation>请点选您要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="199"/>
        <source>Reception will find your host for you.</source>
        <translation>前台会为您联系被访人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="126"/>
        <source>Have an ID card? Lay it on the reader and your name fills itself in.</source>
        <translation>有身份证？放在读卡器上，姓名会自动填好。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="127"/>
        <source>ID card read (%1). Please check your name, then go on.</source>
        <translation>已读取身份证（%1）。请核对姓名后继续。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="128"/>
        <source>This ID card has expired. Please type your details, or see reception.</source>
        <translation>此证件已过期。请手动填写，或到前台办理。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="129"/>
        <source>The card could not be read. Lay it flat on the reader and keep it still, or type your details.</source>
        <translation>未能读取证件。请将证件平放在读卡器上保持不动，或手动填写。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="198"/>
        <source>The front desk will arrange a doctor for you.</source>
        <translation>前台会为您安排医生。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="204"/>
        <source>No one found. Please check the spelling, or touch &quot;My host is not listed&quot;.</source>
        <translation>未找到此人。请检查拼写，或点“找不到被访人”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="208"/>
        <source>Search by Chinese name, pinyin, initials or English name.</source>
        <translation>可按中文姓名、拼音、首字母或英文名查找。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="216"/>
        <source>Your visit</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="217"/>
        <source>Fill in your details and choose whom you are visiting.</source>
        <translation>请填写您的信息，并选择要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="218"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="219"/>
        <source>Full name</source>
        <translation>请输入姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="220"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="221"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="222"/>
        <source>Company (optional)</source>
        <translation>公司（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="223"/>
        <source>Your company or organisation</source>
        <translation>您所在的公司或单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="224"/>
        <source>Whom are you visiting?</source>
        <translation>您要拜访谁？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="225"/>
        <source>Type a name, pinyin or initials, e.g. zs</source>
        <translation>输入姓名、拼音或首字母，如 zs</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="226"/>
        <source>My host is not listed</source>
        <translation>找不到被访人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="227"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="228"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="230"/>
        <source>Who is your contact?</source>
        <translation>您的接待人是谁？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="231"/>
        <source>My contact is not listed</source>
        <translation>我的接待人不在名单中</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="233"/>
        <source>Your first visit</source>
        <translation>初诊登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="234"/>
        <source>Fill in your details and choose your doctor.</source>
        <translation>填写您的信息并选择医生。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="235"/>
        <source>Which doctor?</source>
        <translation>看哪位医生？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="236"/>
        <source>Any doctor / not sure</source>
        <translation>不指定 / 不确定</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="91"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="92"/>
        <source>I have an invitation</source>
        <translation>我有邀请</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="93"/>
        <source>Scan or type your invitation code.</source>
        <translation>扫描或输入邀请码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="94"/>
        <source>I don&apos;t have an appointment</source>
        <translation>我没有预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="95"/>
        <source>Or just lay your ID card on the reader.</source>
        <translation>或直接把身份证放在读卡器上。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="96"/>
        <source>Register as a walk-in visitor in under a minute.</source>
        <translation>一分钟内即可完成临时访客登记。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="97"/>
        <source>Leaving? Check out</source>
        <translation>要离开？签退</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="98"/>
        <source>Have a QR code? Hold it to the scanner at any time.</source>
        <translation>有二维码？随时对准扫码器即可。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="101"/>
        <source>I have an appointment</source>
        <translation>我有预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="102"/>
        <source>Find it by your mobile number or its code.</source>
        <translation>用手机号或预约码查找。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="103"/>
        <source>First visit</source>
        <translation>初诊</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="104"/>
        <source>Register in a minute and get your queue ticket.</source>
        <translation>一分钟登记，领取排队号。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="105"/>
        <source>Emergency: I need help now</source>
        <translation>急诊：我需要立即帮助</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="106"/>
        <source>Leaving? Scan your ticket</source>
        <translation>离开？请扫描排队号</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="107"/>
        <source>Have your appointment&apos;s QR code? Hold it to the scanner.</source>
        <translation>有预约二维码？请对准扫描器。</translation>
    </message>
</context>
</TS>

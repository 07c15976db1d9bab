<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../console/window.py" line="147"/>
        <source>Reception console</source>
        <translation>前台接待台</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="150"/>
        <source>Reception console · %1</source>
        <translation>前台接待台 · %1</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="151"/>
        <source>Today&apos;s visits</source>
        <translation>今日访客</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="152"/>
        <source>Check out</source>
        <translation>签出</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="155"/>
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="208"/>
        <source>%1 (%2) is checked out.</source>
        <translation>%1（%2）已签出。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="224"/>
        <source>Today: %1 · On site: %2</source>
        <translation>今日：%1 · 在场：%2</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../console/views/visits_model.py" line="20"/>
        <source>Visit no.</source>
        <translation>来访编号</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="21"/>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="22"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="23"/>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="24"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="25"/>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="26"/>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="180"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
</TS>
